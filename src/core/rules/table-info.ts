import { type Column, type Row, type Table } from "../templates/schema";

/** A table's rows and columns by id, built once per table. */
export interface TableInfo {
  rows: Map<string, Row>;
  columns: Map<string, Column>;
  columnCount: number;
}

const infos = new WeakMap<Table, TableInfo>();

export function tableInfo(table: Table): TableInfo {
  let info = infos.get(table);
  if (!info) {
    const rows = new Map<string, Row>();
    const columns = new Map<string, Column>();
    for (const b of table.blocks) {
      for (const r of b.rows) rows.set(r.id, r);
      for (const c of b.columns) columns.set(c.id, c);
    }
    info = { rows, columns, columnCount: columns.size };
    infos.set(table, info);
  }
  return info;
}
