namespace MentorFlows.Local.Reporting;

/// <summary>The report's inline style sheet and script (constants: the script's hash is in the page's CSP).</summary>
internal static class ReportAssets
{
    public const string Styles = """

        :root { --ink: #1f2933; --muted: #5f6b76; --line: #e3e1da; --paper: #fbfaf7; --card: #ffffff; --accent: #0f6f68; --accent-soft: #e3f1ef; --warn: #9a4b00; --warn-soft: #fdf0e1; --good: #236b34; --good-soft: #e6f3e8; }
        * { box-sizing: border-box; }
        html { background: var(--paper); }
        body { margin: 0 auto; max-width: 1180px; padding: 0 28px 48px; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        h1 { font-size: 30px; margin: 4px 0 6px; font-weight: 650; letter-spacing: -0.01em; }
        h2 { font-size: 22px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--accent); font-weight: 650; }
        h3 { font-size: 17px; margin: 28px 0 8px; font-weight: 650; }
        a { color: var(--accent); }
        code, .id { font: 12.5px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
        .id { color: var(--muted); }
        code { white-space: nowrap; }
        .muted { color: var(--muted); }
        .note { color: var(--muted); margin: 4px 0 10px; max-width: 80ch; }
        .page-header { padding: 28px 0 8px; border-bottom: 1px solid var(--line); }
        .eyebrow { margin: 0; color: var(--accent); font-size: 13px; text-transform: uppercase; letter-spacing: 0.08em; font-weight: 600; }
        .lede { margin: 0 0 14px; color: var(--muted); max-width: 90ch; }
        nav { display: flex; gap: 6px; flex-wrap: wrap; margin-bottom: 10px; }
        nav a { text-decoration: none; padding: 5px 12px; border-radius: 999px; background: var(--accent-soft); font-weight: 550; font-size: 14px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
        .card-value { font-size: 30px; font-weight: 650; line-height: 1.1; font-variant-numeric: tabular-nums; }
        .card-label { font-weight: 600; margin-top: 2px; }
        .card-note { color: var(--muted); font-size: 13px; }
        .card.warn { background: var(--warn-soft); border-color: #f1d3ae; }
        .card.good { background: var(--good-soft); border-color: #c5e2cb; }
        .warn-text { color: var(--warn); font-weight: 600; }
        table { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); border-radius: 8px; font-size: 14px; }
        th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--line); }
        thead th { background: #f3f2ed; font-weight: 600; font-size: 13px; color: #3d4852; }
        tbody th { font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        ul.plain { margin: 0; padding-left: 18px; }
        td.reasons { font-size: 13px; color: #3d4852; }
        tr.group th { background: var(--accent-soft); font-size: 14px; }
        table.matches td:nth-child(-n+2) { white-space: nowrap; }
        table.matches td:nth-child(5), table.matches td:nth-child(6) { white-space: nowrap; }
        .bar { display: inline-block; width: 90px; height: 8px; background: #ecebe5; border-radius: 4px; vertical-align: middle; overflow: hidden; }
        .bar > span { display: block; height: 100%; background: var(--accent); }
        .outcomes { display: flex; flex-wrap: wrap; gap: 8px; }
        .pill { display: inline-block; padding: 2px 10px; border-radius: 999px; background: #efeee8; font-size: 13px; white-space: nowrap; text-decoration: none; color: var(--ink); }
        .pill b { margin-left: 4px; }
        .kind-concern-alert, .kind-concern-ack { background: #f6e5e5; }
        .kind-coordinator-reminder, .kind-nudge { background: var(--warn-soft); }
        .kind-intro, .kind-rematch-intro { background: var(--accent-soft); }
        .kind-closure, .kind-review-3m, .kind-review-6m { background: #e8e9f6; }
        .tag { display: inline-block; white-space: nowrap; padding: 1px 8px; border-radius: 4px; font-size: 12.5px; font-weight: 600; }
        .tag.ok { background: var(--good-soft); color: var(--good); }
        .tag.done { background: #efeee8; color: #3d4852; }
        .tag.warn { background: var(--warn-soft); color: var(--warn); }
        details.month { background: var(--card); border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; }
        details.month > summary { padding: 9px 14px; cursor: pointer; }
        details.month table { border: 0; border-top: 1px solid var(--line); border-radius: 0; }
        .timeline .when { white-space: nowrap; color: #3d4852; }
        .detail { display: inline-block; margin-right: 8px; font-size: 13px; }
        .detail .key { color: var(--muted); }
        body.hide-email-entries tr.t-email { display: none; }
        .toggle { margin-left: 12px; white-space: nowrap; color: var(--ink); }
        details.email-month { margin: 10px 0; }
        details.email-month > summary { cursor: pointer; padding: 6px 0; font-size: 17px; font-weight: 650; }
        details.email { background: var(--card); border: 1px solid var(--line); border-radius: 8px; margin: 6px 0; }
        details.email > summary { display: flex; gap: 12px; align-items: baseline; padding: 8px 14px; cursor: pointer; flex-wrap: wrap; }
        details.email > summary .when { color: var(--muted); font-size: 13px; min-width: 120px; }
        details.email > summary .subject { font-weight: 600; flex: 1 1 320px; }
        details.email > summary .to { color: var(--muted); font-size: 13px; }
        details.email[open] > summary { border-bottom: 1px solid var(--line); }
        .email-open { padding: 12px 16px 14px; }
        dl.headers { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0 0 12px; font-size: 14px; }
        dl.headers dt { color: var(--muted); }
        dl.headers dd { margin: 0; overflow-wrap: anywhere; }
        .preview iframe { display: block; width: 100%; max-width: 760px; height: 560px; border: 1px solid var(--line); border-radius: 6px; background: #ffffff; resize: vertical; }
        details.plain { margin-top: 10px; }
        details.plain > summary { cursor: pointer; color: var(--accent); font-size: 14px; }
        pre { white-space: pre-wrap; font: 13px/1.5 ui-monospace, Menlo, Consolas, monospace; background: #f6f5f0; padding: 12px; border-radius: 6px; max-width: 760px; }
        .email-id { font-size: 12px; color: var(--muted); margin: 8px 0 0; }
        .page-footer { margin-top: 48px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
        @media print {
          html, body { background: #ffffff; }
          body { max-width: none; padding: 0; font-size: 11pt; }
          nav, .toggle, .preview { display: none; }
          h2 { break-after: avoid; }
          tr, .card, details { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """;

    /// <summary>
    /// Builds an email's sandboxed iframe (no scripts, no same-origin, nothing fetched beyond the page's CSP) when the
    /// email is opened; filters emails by kind; shows or hides email entries in the timeline.
    /// </summary>
    public const string Script = """

        (function () {
          function preview(details) {
            var box = details.querySelector(':scope > .email-open > .preview');
            if (!box || box.getAttribute('data-shown')) { return; }
            var frame = document.createElement('iframe');
            frame.setAttribute('sandbox', '');
            frame.setAttribute('referrerpolicy', 'no-referrer');
            frame.setAttribute('title', 'The email as its recipient sees it');
            frame.srcdoc = box.getAttribute('data-html');
            box.textContent = '';
            box.appendChild(frame);
            box.setAttribute('data-shown', 'yes');
          }
          document.addEventListener('toggle', function (event) {
            var target = event.target;
            if (target.matches && target.matches('details.email') && target.open) { preview(target); }
          }, true);
          document.querySelectorAll('details.email[open]').forEach(preview);
          function reveal() {
            var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
            if (!target || !target.matches('details.email')) { return; }
            var month = target.closest('details.email-month');
            if (month) { month.open = true; }
            target.open = true;
            preview(target);
            target.scrollIntoView();
          }
          window.addEventListener('hashchange', reveal);
          reveal();
          var filter = document.getElementById('kind-filter');
          if (filter) {
            filter.addEventListener('change', function () {
              document.querySelectorAll('.email-month').forEach(function (month) {
                var shown = 0;
                month.querySelectorAll('details.email').forEach(function (email) {
                  email.hidden = filter.value !== '' && email.getAttribute('data-kind') !== filter.value;
                  if (!email.hidden) { shown++; }
                });
                month.hidden = shown === 0;
              });
            });
          }
          var entries = document.getElementById('show-email-entries');
          if (entries) {
            entries.checked = false;
            document.body.classList.add('hide-email-entries');
            entries.addEventListener('change', function () {
              document.body.classList.toggle('hide-email-entries', !entries.checked);
            });
          }
        })();

        """;
}
