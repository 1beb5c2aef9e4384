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

// Text toolbars: a button with data-wrap puts the selection between two marks (**bold**,
// *italic*); one with data-prefix starts each selected line with it ("- " list, "# " section).
// The text stays plain Markdown, so the form works the same without JavaScript.
document.addEventListener("click", function (event) {
  var button = event.target.closest("button[data-target]");
  if (!button) {
    return;
  }
  var area = document.getElementById(button.dataset.target);
  var start = area.selectionStart, end = area.selectionEnd, text = area.value;
  var chosen = text.substring(start, end);
  var replaced;
  if (button.dataset.wrap) {
    replaced = button.dataset.wrap + chosen + button.dataset.wrap;
  } else {
    var lineStart = text.lastIndexOf("\n", start - 1) + 1;
    chosen = text.substring(lineStart, end);
    start = lineStart;
    replaced = chosen.split("\n").map(function (line) { return button.dataset.prefix + line; }).join("\n");
  }
  area.setRangeText(replaced, start, end, "select");
  area.focus();
});

// A form with data-confirm asks before it is sent (no inline handlers: the pages' CSP allows
// scripts from this server only).
document.addEventListener("submit", function (event) {
  var form = event.target.closest("form[data-confirm]");
  if (form && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// Pickers: choosing a suggestion fills in its code, says the chosen name, and closes the list.
document.addEventListener("click", function (event) {
  var option = event.target.closest(".picker-options button[data-value]");
  if (!option) {
    return;
  }
  var picker = option.closest(".picker");
  var input = picker.querySelector("input");
  input.value = option.dataset.value;
  picker.querySelector(".picker-options").textContent = option.dataset.label;
  input.focus();
});
