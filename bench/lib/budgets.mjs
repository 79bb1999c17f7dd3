// Every metric the benchmark reports, in report order, with its unit and budget (../shared/DESIGN.md).
export const BUDGETS = {
  content_script_kb: { unit: 'KB', budget: 15 },
  detect_gmail_thread_50_ms: { unit: 'ms', budget: 2 },
  sidebar_first_card_cold_ms: { unit: 'ms', budget: 100 },
  sidebar_first_card_warm_ms: { unit: 'ms', budget: 30 },
  lookup_by_email_p95_ms: { unit: 'ms', budget: 2 },
  log_interaction_p95_ms: { unit: 'ms', budget: 15 },
  search_as_you_type_p95_ms: { unit: 'ms', budget: 30 },
  import_csv_100k_s: { unit: 's', budget: 30 },
  lookup_while_importing_p95_ms: { unit: 'ms', budget: 50 },
  lookup_while_syncing_p95_ms: { unit: 'ms', budget: 50 },
  sync_push_book_s: { unit: 's', budget: null },
  sync_first_pull_s: { unit: 's', budget: null },
  sync_first_pull_ms_per_doc: { unit: 'ms', budget: null },
  sync_incremental_ms_per_change: { unit: 'ms', budget: null },
  clv_fit_cdnow_ms: { unit: 'ms', budget: 1000 },
  dashboard_scroll_frame_p95_ms: { unit: 'ms', budget: 16.7 },
  background_heap_mb: { unit: 'MB', budget: 30 },
  sidebar_heap_mb: { unit: 'MB', budget: 40 },
  db_bytes_per_contact: { unit: 'bytes', budget: null },
};

/** The metrics in report order; any the run could not measure are listed as missing, with why. */
export function inReportOrder(metrics, missing) {
  return Object.fromEntries(
    Object.entries(BUDGETS).map(([name, { unit, budget }]) => [
      name,
      metrics[name] ?? missing(unit, budget, 'not measured: an earlier step failed (see the run log)'),
    ]),
  );
}
