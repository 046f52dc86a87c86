/**
 * The report's stylesheet, inlined into the page (no external fonts or
 * files). Kind colours are not here: the page adds one rule per kind of the
 * report, because kinds are only known once the documents are.
 */
export const REPORT_CSS = String.raw`
:root { --bar: 3.2rem; color-scheme: light; --ink: #1d1d1f; --muted: #6b6b70; --line: #e3e3e8; --bg: #f6f6f8; --accent: #3454d1; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
button { font: inherit; color: inherit; }
.bar { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line); padding: .5rem 1rem; display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: center; }
.bar h1 { font-size: 1rem; margin: 0 .5rem 0 0; }
.bar input[type=search] { width: 16rem; padding: .3rem .5rem; border: 1px solid #c9c9d1; border-radius: 4px; font: inherit; }
.bar select { font: inherit; padding: .25rem; max-width: 16rem; }
#count { color: var(--muted); }
.keys { color: var(--muted); font-size: 12px; margin-left: auto; }
kbd { border: 1px solid #c9c9d1; border-bottom-width: 2px; border-radius: 3px; padding: 0 .25rem; font: 11px ui-monospace, monospace; background: #fafafa; }
#kinds { display: flex; flex-wrap: wrap; gap: .3rem; }
.chip { border: 1px solid #c9c9d1; border-radius: 999px; padding: .05rem .55rem; background: #fff; cursor: pointer; font-size: 12px; display: inline-flex; gap: .3rem; align-items: center; }
.chip[aria-pressed=true] { border-color: var(--ink); box-shadow: inset 0 0 0 1px var(--ink); font-weight: 600; }
.sw { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; background: var(--c, #ccc); flex: none; border: 1px solid rgba(0,0,0,.15); }
.layout { display: grid; grid-template-columns: 15rem minmax(0, 1fr); }
#list { position: sticky; top: var(--bar); align-self: start; height: calc(100vh - var(--bar)); overflow-y: auto; border-right: 1px solid var(--line); background: #fff; padding: .3rem 0; }
#list button { display: flex; width: 100%; border: 0; background: none; text-align: left; padding: .2rem .7rem; gap: .4rem; cursor: pointer; font-size: 12px; align-items: baseline; }
#list button:hover { background: #eef0fb; }
#list button[aria-current=true] { background: #dfe4fa; font-weight: 600; }
#list .id { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; flex: 1; }
#list .share { color: var(--muted); font-variant-numeric: tabular-nums; }
main { padding: 1rem 1.2rem 40vh; min-width: 0; }
#summary { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin-bottom: 1rem; }
#summary h2 { font-size: 1.05rem; margin: 0 0 .6rem; }
#summary h3 { font-size: .9rem; margin: 0 0 .4rem; color: var(--muted); font-weight: 600; }
.totals { display: flex; flex-wrap: wrap; gap: 1.5rem; margin-bottom: .8rem; }
.totals div { display: flex; flex-direction: column; }
.totals b { font-size: 1.2rem; font-variant-numeric: tabular-nums; }
.totals span { color: var(--muted); font-size: 12px; }
.stack { display: flex; height: 1.1rem; border-radius: 3px; overflow: hidden; background: #e9e9ee; margin: .2rem 0 .3rem; }
.stack span { background: var(--c); height: 100%; }
.stack .kept { background: #c8cbd6; }
.legend { color: var(--muted); font-size: 12px; margin-bottom: 1rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem 2rem; }
.chart { display: flex; flex-direction: column; gap: 2px; }
.chart button { display: grid; grid-template-columns: 9.5rem 1fr 6.5rem; gap: .5rem; align-items: center; border: 0; background: none; padding: 1px 2px; cursor: pointer; text-align: left; font-size: 12px; border-radius: 3px; }
.chart.top button { grid-template-columns: 12.5rem 1fr 7rem; }
.chart button:hover { background: #f0f1f6; }
.chart button[aria-pressed=true] { background: #e3e7fb; font-weight: 600; }
.chart .name { display: flex; gap: .35rem; align-items: center; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.chart .track { height: .7rem; background: #f0f0f4; border-radius: 2px; overflow: hidden; }
.chart .fill { height: 100%; background: var(--c, #8b93b8); }
.chart .num { color: var(--muted); font-variant-numeric: tabular-nums; text-align: right; white-space: nowrap; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin-bottom: 1rem; outline: none; }
.card.current { border-color: var(--accent); box-shadow: 0 0 0 2px rgba(52,84,209,.25); }
.card > header { display: flex; gap: .6rem; align-items: baseline; padding: .5rem .9rem; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
.card > header h2 { font-size: .95rem; margin: 0; overflow-wrap: anywhere; }
.card > header .n { color: var(--muted); font-variant-numeric: tabular-nums; }
.card > header .facts { color: var(--muted); font-size: 12px; margin-left: auto; }
.body { display: grid; grid-template-columns: minmax(0, 1fr) 19rem; }
.body.pending { background: repeating-linear-gradient(180deg, #fff 0 1.45em, #f7f7fa 1.45em 2.9em); }
.src { white-space: pre-wrap; overflow-wrap: anywhere; padding: .8rem .9rem; font: 13px/1.6 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; border-right: 1px solid var(--line); }
.rm { background: var(--c); color: inherit; border-radius: 2px; box-shadow: 0 0 0 1px rgba(0,0,0,.08); cursor: help; }
.rm.st { font-weight: 700; }
.rm.ws { padding-right: .35em; }
.rm.empty::before { content: "\2205"; font-size: 10px; }
.hd { font-weight: 700; text-decoration: underline 2px #3454d1; text-underline-offset: 3px; }
.hd::before { content: "H"; font: 700 9px system-ui, sans-serif; color: #fff; background: var(--accent); border-radius: 2px; padding: 0 3px; margin-right: 4px; vertical-align: 2px; }
::highlight(q) { background: #1d1d1f; color: #fff; }
aside { padding: .8rem .9rem; font-size: 12.5px; display: flex; flex-direction: column; gap: .8rem; min-width: 0; }
aside h4 { margin: 0 0 .25rem; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
aside dl { display: grid; grid-template-columns: 5.2rem minmax(0, 1fr); gap: .15rem .5rem; margin: 0; }
aside dt { color: var(--muted); }
aside dd { margin: 0; overflow-wrap: anywhere; }
aside ul { margin: 0; padding-left: 1.1rem; }
aside li { margin-bottom: .2rem; overflow-wrap: anywhere; }
aside .small { color: var(--muted); font-size: 11px; }
aside .kinds li { list-style: none; margin-left: -1.1rem; display: flex; gap: .35rem; align-items: center; }
.warn { color: #9a3412; }
.empty-note { color: var(--muted); }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } #list { display: none; } .body { grid-template-columns: 1fr; } .src { border-right: 0; } }
`;

