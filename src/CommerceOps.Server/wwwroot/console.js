// Draws every [data-chart-option] element with ECharts and keeps it in step with the server: static pages
// (including Blazor's enhanced navigation, which patches the DOM) and interactive pages that re-render.
(() => {
  const drawn = new WeakMap();

  function draw(el) {
    if (!window.echarts) return;
    const json = el.getAttribute('data-chart-option');
    const chart = echarts.getInstanceByDom(el);
    if (chart && drawn.get(el) === json && el.childElementCount > 0) return;
    if (chart) chart.dispose();
    drawn.set(el, json);
    echarts.init(el, null, { renderer: 'svg' }).setOption(JSON.parse(json));
  }

  const drawAll = (root) => root.querySelectorAll('[data-chart-option]').forEach(draw);

  new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'attributes') draw(m.target);
      for (const node of m.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.matches('[data-chart-option]')) draw(node);
        else drawAll(node);
      }
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-chart-option'] });

  // Chart ⇄ table: the table is the chart's accessible twin, so it is a real table, not a tooltip.
  document.addEventListener('click', (e) => {
    const button = e.target.closest('[data-chart-toggle]');
    if (!button) return;
    const name = button.getAttribute('data-chart-toggle');
    const table = document.getElementById(name + '-table');
    const chart = document.getElementById(name + '-chart');
    const showTable = table.hidden;
    table.hidden = !showTable;
    chart.hidden = showTable;
    button.setAttribute('aria-pressed', String(showTable));
    button.textContent = button.getAttribute(showTable ? 'data-label-chart' : 'data-label-table');
    if (!showTable) echarts.getInstanceByDom(chart)?.resize();
  });

  window.addEventListener('resize', () =>
    document.querySelectorAll('[data-chart-option]').forEach((el) => echarts.getInstanceByDom(el)?.resize()));

  document.addEventListener('DOMContentLoaded', () => {
    drawAll(document);
    window.Blazor?.addEventListener?.('enhancedload', () => drawAll(document));
  });
  drawAll(document);
})();
