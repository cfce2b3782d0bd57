// The report's style sheet: screen and A4 print, with page numbers and the date in the footer, landscape pages for wide tables.
import { PALETTE } from '../domain/palette';

/** Text as a CSS string literal, safe inside <style> (no quote, backslash, line break or «<» gets through as itself). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The page style; `footer` is the text at the bottom left of every printed page (the page number is at the right). */
export function reportCss(footer: string): string {
  return `
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
html{background:#eef1f5}
body{margin:0 auto;max-width:1060px;background:#fff;color:#1f2328;font:14px/1.45 "PT Sans","Noto Sans","DejaVu Sans",Arial,sans-serif;padding:28px 40px 48px}
h1{font-size:25px;line-height:1.25;margin:4px 0 6px;color:#1f3864}
h2{font-size:19px;line-height:1.3;margin:0 0 12px;padding-bottom:5px;border-bottom:2px solid #2f5597;color:#1f3864}
h3{font-size:15px;line-height:1.3;margin:18px 0 6px}
p{margin:0 0 8px}
.kicker{color:#5b6470;font-size:13px;letter-spacing:.02em;text-transform:uppercase}
.cover{border-bottom:1px solid #c9d1dc;padding-bottom:14px}
.highlights h3{font-size:13px;margin:14px 0 6px;color:#5b6470;font-weight:bold}
.highlights .footnote{font-size:11px;color:#5b6470;margin:6px 0 0}
.cards{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:8px}
.card{border:1px solid #c9d1dc;border-radius:4px;padding:7px 9px;break-inside:avoid}
.card-title{font-weight:bold;font-size:13px}
.card-sub{font-size:11px;color:#5b6470;line-height:1.3;height:2.6em;overflow:hidden;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;margin-bottom:4px}
.fig{display:flex;justify-content:space-between;gap:6px;padding:2px 6px;margin-top:3px;font-size:12.5px}
.fig span{color:#3d4550}
.fig b{font-variant-numeric:tabular-nums}
nav.toc{margin-top:14px}
nav.toc ol{margin:8px 0 0;padding-left:22px;columns:2;column-gap:32px}
nav.toc a{color:#2f5597;text-decoration:none}
section.major{margin-top:40px}
.note-section p{text-align:left}
.tbl{position:relative;margin:10px 0 16px;padding-right:1px;overflow-x:auto}
.tbl.keep{break-inside:avoid;page-break-inside:avoid}
.cap-first,.tbl tr.cont th{font-size:14px;line-height:1.3;font-weight:bold;text-align:left;padding:2px 0 6px;border:0;background:#fff}
.cap-first{position:absolute;top:0;left:0;right:0;z-index:1}
.cap-first .cont-mark{visibility:hidden}
.cap-first.blank .cap{visibility:hidden}
.tbl tr.cont th .cont-mark{font-weight:normal;color:#5b6470}
table.sheet{border-collapse:collapse;width:100%;font-size:12.5px;line-height:1.3}
table.sheet th,table.sheet td{border:1px solid #b8c2cf;padding:3px 5px;vertical-align:top;text-align:left}
table.sheet thead tr:not(.cont) th{vertical-align:middle;text-align:center}
table.sheet td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
table.sheet td.nw{white-space:nowrap}
table.sheet td.wrap{overflow-wrap:break-word}
table.sheet tr.sub td{font-weight:bold;background:#f6f8fa}
.doc-text{font-size:13px}
.doc-text.boxed{padding:6px 10px;border:1px solid #c9d1dc}
.legend{font-size:12.5px;margin:4px 0 10px}
.legend .chip{display:inline-block;padding:1px 7px;margin:2px 4px 2px 0;border:1px solid #c9d1dc}
figure.chart{margin:0 0 26px;break-inside:avoid;page-break-inside:avoid}
figure.chart figcaption{font-size:13px;margin-bottom:4px}
figure.chart svg{display:block;width:100%;height:auto}
.chart-svg text{font-family:"PT Sans","Noto Sans","DejaVu Sans",Arial,sans-serif;fill:#1f2328}
.chart-svg .unit-name{font-size:12px}
.chart-svg .tick,.chart-svg .val{font-size:11px;fill:#1f2328}
.chart-svg .val-s{font-size:10px}
.chart-svg .val.over{font-weight:bold}
.chart-svg .lg{font-size:11.5px}
.chart-svg .axis-title{font-size:11px;fill:#3d4550}
.chart-svg .ref{font-size:11px;font-weight:bold}
.chart-svg .no-data-label{font-size:10.5px;fill:#6b7480;font-style:italic}
.no-data{color:#6b7480;font-style:italic;padding:6px 10px;border:1px dashed #c9d1dc;background:${PALETTE.noData}}
.fatal{background:${PALETTE.error};border:1px solid #b3261e;padding:8px 12px;font-weight:bold}
tr{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
h2,h3,figcaption{break-after:avoid;page-break-after:avoid}
@page{size:A4;margin:14mm 12mm 16mm;
@bottom-left{content:${cssString(footer)};font:8pt "PT Sans","Noto Sans","DejaVu Sans",Arial,sans-serif;color:#5b6470}
@bottom-right{content:"стр. " counter(page) " из " counter(pages);font:8pt "PT Sans","Noto Sans","DejaVu Sans",Arial,sans-serif;color:#5b6470}}
@page wide{size:A4 landscape}
@media print{
html{background:none}
body{max-width:none;padding:0;font-size:10.5pt}
section.major{break-before:page;page-break-before:always;margin-top:0}
section.wide{page:wide}
.tbl{overflow:visible}
table.sheet{font-size:9pt}
table.sheet td.nw:not(:first-child){white-space:normal}
table.sheet td.wrap{overflow-wrap:anywhere}
.cap-first,.tbl tr.cont th{font-size:10.5pt}
.doc-text,.legend{font-size:9.5pt}
.card-title{font-size:9.5pt}
.card-sub{font-size:8pt}
.fig{font-size:9pt;padding:1px 4px}
nav.toc a{color:inherit}
}
`;
}
