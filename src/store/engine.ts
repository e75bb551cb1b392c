/**
 * The database engines Tally runs on. Only the store names them: everything else depends
 * on the store's dialect (decision 0044).
 */
export type Engine = 'sqlite' | 'postgres';
