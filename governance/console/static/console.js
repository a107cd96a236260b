/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";
  var palette = ["#0b4f8a", "#a4001d", "#8a5a00", "#1b5e20", "#5b2a86", "#00606b", "#4a4a4a"];

  function drawCharts() {
    if (typeof window.Chart === "undefined") { return; }
    document.querySelectorAll("script.chart-data").forEach(function (node) {
      var data = JSON.parse(node.textContent);
      var canvas = document.getElementById(node.dataset.canvas);
      if (!canvas) { return; }
      var series = data.series;
      if (data.unit === "%") { series = series.slice(0, 1); }
      new window.Chart(canvas, {
        type: data.type,
        data: {
          labels: data.labels,
          datasets: series.map(function (s, i) {
            return { label: s.name, data: s.values, backgroundColor: palette[i % palette.length] };
          })
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false,
                   scales: { y: { beginAtZero: true } } }
      });
    });
  }

  function pollVerify() {
    var box = document.getElementById("verify");
    if (!box || box.dataset.state !== "running") { return; }
    var status = document.getElementById("verify-status");
    var bar = document.getElementById("verify-progress");
    function tick() {
      fetch(box.dataset.url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (job) {
          bar.value = job.percent;
          if (job.state === "running") {
            status.textContent = "Verifying: " + job.checked + " of " + job.total +
              " entries checked (" + job.percent + "%).";
            window.setTimeout(tick, 500);
          } else {
            window.location.reload();
          }
        })
        .catch(function () { window.setTimeout(tick, 2000); });
    }
    window.setTimeout(tick, 300);
  }

  drawCharts();
  pollVerify();
}());
