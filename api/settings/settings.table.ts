/** Site-wide switches kept in the database so every app server reads the same (the pause: key `paused`). */
export interface SettingsTable {
  key: string;
  /** JSON. */
  value: string;
  updated_at: string;
  updated_by: string;
}
