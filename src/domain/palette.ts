// The colours of the summary's statuses, one definition for the sheet, its legend, the HTML report and the Word note. Light enough to print.
export const PALETTE = {
  header: '#d9e2f3',
  total: '#eef2f8',
  belowPlan: '#f4cccc',
  leader: '#d9ead3',
  fell: '#fce5cd',
  noData: '#e7e6e6',
  error: '#f4b6b6',
  warning: '#fff2cc',
} as const;
