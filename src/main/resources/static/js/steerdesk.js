// htmx requests carry the CSRF token of the page.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Charts: every canvas with a data-config (a Chart.js configuration) is drawn; the same numbers
// are always in a table beside it, so the page reads without JavaScript.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof Chart === "undefined") {
    return;
  }
  document.querySelectorAll("canvas[data-config]").forEach(function (canvas) {
    new Chart(canvas, JSON.parse(canvas.dataset.config));
  });
});
