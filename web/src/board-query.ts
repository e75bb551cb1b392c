/** How the board is viewed: one search, order and filter for every column. */
export interface BoardView {
  q: string;
  sort: 'recent' | 'name' | 'created';
  active: 'all' | 'true' | 'false';
  propertyKey: string;
  propertyValue: string;
}

export const initialView: BoardView = {
  q: '',
  sort: 'recent',
  active: 'all',
  propertyKey: '',
  propertyValue: '',
};

/** The API's filter for one column in this view (what `GET /v1/contacts` and a bulk "all matching" take). */
export function columnFilter(view: BoardView, statusId: string) {
  const q = view.q.trim();
  const property = view.propertyKey !== '' && view.propertyValue.trim() !== '';
  return {
    status: statusId,
    ...(q === '' ? {} : { q }),
    ...(view.active === 'all' ? {} : { active: view.active === 'true' }),
    ...(property ? { propertyKey: view.propertyKey, propertyValue: view.propertyValue.trim() } : {}),
  };
}

/** The query string of one page of a column. */
export function columnPagePath(
  view: BoardView,
  statusId: string,
  limit: number,
  cursor: string | null,
): string {
  const filter = columnFilter(view, statusId);
  const parameters = new URLSearchParams({ sort: view.sort, limit: String(limit) });
  for (const [key, value] of Object.entries(filter)) parameters.set(key, String(value));
  if (cursor !== null) parameters.set('cursor', cursor);
  return `/v1/contacts?${parameters.toString()}`;
}

/** What a bulk action applies to: the ticked cards, or every card of a column matching the view. */
export type BoardSelection =
  | { kind: 'ids'; ids: ReadonlySet<string> }
  | { kind: 'filter'; statusId: string; view: BoardView };

export function selectionBody(selection: BoardSelection) {
  return selection.kind === 'ids'
    ? { contactIds: [...selection.ids] }
    : { filter: columnFilter(selection.view, selection.statusId) };
}
