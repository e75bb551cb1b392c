/** The benchmark's column seeding, shared so tests and bench fill a board the same way. */
export { type SeededContact, seedColumn } from '../../bench/seed-board-column.js';
