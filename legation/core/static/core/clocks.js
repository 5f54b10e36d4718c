// Clocks, today's date and "days since" counters, computed in the reader's browser from the
// IANA zone the server gives, so they stay right across daylight-saving changes and are never
// frozen by a page cache. The server-rendered values are the fallback without JavaScript.
(function () {
  "use strict";

  var lang = document.documentElement.lang || undefined;

  function partsIn(zone, date) {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(date).forEach(function (part) { parts[part.type] = part.value; });
    return parts;
  }

  function dayNumber(year, month, day) {
    return Math.round(Date.UTC(year, month - 1, day) / 86400000);
  }

  // The sentence around a counter's number in the plural form the number takes in the page's
  // language (CLDR, through Intl.PluralRules); the server gives each form, from gettext.
  var plurals = new Intl.PluralRules(lang);

  function sayDays(el, days) {
    var sentence = el.parentNode;
    var forms = sentence && sentence.dataset.pluralForms && JSON.parse(sentence.dataset.pluralForms);
    if (!forms) { return; }
    var form = forms[plurals.select(days)] || forms.other;
    if (!form) { return; }
    var parts = form.split("{days}");
    sentence.replaceChildren(parts[0], el, parts.slice(1).join(String(days)));
  }

  function update() {
    var now = new Date();
    document.querySelectorAll("[data-clock]").forEach(function (el) {
      var p = partsIn(el.dataset.timeZone, now);
      el.textContent = p.hour + ":" + p.minute;
    });
    document.querySelectorAll("[data-today]").forEach(function (el) {
      var p = partsIn(el.dataset.timeZone, now);
      var iso = p.year + "-" + p.month + "-" + p.day;
      if (el.getAttribute("datetime") !== iso) {
        el.setAttribute("datetime", iso);
        el.textContent = new Intl.DateTimeFormat(lang, {
          timeZone: el.dataset.timeZone, day: "numeric", month: "long", year: "numeric"
        }).format(now);
      }
    });
    document.querySelectorAll("[data-days-since]").forEach(function (el) {
      var p = partsIn(el.dataset.timeZone, now);
      var start = el.dataset.daysSince.split("-").map(Number);
      var days = dayNumber(+p.year, +p.month, +p.day) - dayNumber(start[0], start[1], start[2]);
      if (el.textContent !== String(days)) {
        el.textContent = String(days);
        sayDays(el, days);
      }
    });
  }

  update();
  // Tick on the minute boundary, then every minute.
  setTimeout(function () { update(); setInterval(update, 60000); }, 60000 - (Date.now() % 60000));
})();
