/** Site-wide values kept in the database so every app server reads the same (the pause: key `paused`; the key readers' reports are hashed with: `comment_reporter_key`). */
export interface SettingsTable {
  key: string;
  /** JSON. */
  value: string;
  updated_at: string;
  updated_by: string;
}
