// Appended to a copy of the report after its own script: drives the page as
// a reader would (sort by decision twice, findings only, search) and writes
// what the DOM then shows into a pre element (id dom-check) for the test to read.
(function () {
  var out = [];
  var body = document.querySelector('#results tbody');
  function visible() {
    return Array.from(body.rows).filter(function (r) { return !r.hidden; });
  }
  function col(name) {
    return Array.from(document.querySelectorAll('#results th')).findIndex(function (th) {
      return th.textContent === name;
    });
  }
  function column(rows, c) {
    return rows.map(function (r) { return r.cells[c].textContent; }).join(' ');
  }
  var d = col('decision'), e = col('effective decision'), id = col('id');
  out.push('scripts: ' + document.querySelectorAll('script').length);
  out.push('images: ' + document.querySelectorAll('img').length);
  out.push('rows: ' + body.rows.length);
  var th = document.querySelectorAll('#results th')[d];
  th.click();
  out.push('decision ascending: ' + column(visible(), d));
  th.click();
  out.push('decision descending: ' + column(visible(), d));
  out.push('ids: ' + column(visible(), id));
  document.querySelectorAll('#results th')[e].click();
  document.querySelectorAll('#results th')[e].click();
  out.push('effective descending: ' + column(visible(), e));
  var only = document.getElementById('findings-only');
  only.checked = true;
  only.dispatchEvent(new Event('change'));
  out.push('findings only: ' + column(visible(), id));
  only.checked = false;
  only.dispatchEvent(new Event('change'));
  var q = document.getElementById('search');
  q.value = '华为';
  q.dispatchEvent(new Event('input'));
  out.push('search 华为: ' + column(visible(), id));
  q.value = 'onerror';
  q.dispatchEvent(new Event('input'));
  out.push('search onerror: ' + column(visible(), id) + ' shown as text: ' +
           visible().map(function (r) { return r.cells[2].textContent; }).join(' '));
  q.value = 'ofac consolidated';
  q.dispatchEvent(new Event('input'));
  out.push('search ofac consolidated (a second source): ' + column(visible(), id));
  q.value = '';
  q.dispatchEvent(new Event('input'));
  var supp = Array.from(body.rows).filter(function (r) { return r.cells[8].textContent !== ''; });
  out.push('suppressed rows: ' + supp.map(function (r) {
    return r.cells[id].textContent + ' ' + r.cells[d].textContent + ' -> ' + r.cells[e].textContent;
  }).join(', '));
  out.push('stale datasets: ' + document.querySelectorAll('#provenance tr.stale').length);
  out.push('hex keys outside details: ' + Array.from(body.querySelectorAll('td')).filter(function (td) {
    var t = td.cloneNode(true);
    t.querySelectorAll('details').forEach(function (x) { x.remove(); });
    return /[0-9a-f]{40}/.test(t.textContent);
  }).length);
  out.push('print hides controls: ' +
           Array.from(document.styleSheets[0].cssRules).some(function (r) {
             return r.media && r.media.mediaText === 'print' && r.cssText.indexOf('#controls') >= 0;
           }));
  var pre = document.createElement('pre');
  pre.id = 'dom-check';
  pre.textContent = out.join('\n');
  document.body.appendChild(pre);
})();
