// Runs legation/core/static/core/clocks.js against a minimal document at a fixed moment and
// prints what the reader would see: usage `node clocks_harness.js <script> <ISO moment> <json>`.
// The json lists elements: [{"kind": "clock"|"today"|"days", "zone": ..., "start": ...}].
"use strict";
const fs = require("fs");
const vm = require("vm");

const [scriptPath, moment, elementsJson] = process.argv.slice(2);
const fixed = new Date(moment).getTime();
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args) { super(...(args.length ? args : [fixed])); }
  static now() { return fixed; }
}

const elements = JSON.parse(elementsJson).map((spec) => ({
  spec,
  dataset: spec.kind === "days"
    ? { timeZone: spec.zone, daysSince: spec.start }
    : { timeZone: spec.zone },
  attributes: {},
  textContent: "",
  getAttribute(name) { return this.attributes[name] || null; },
  setAttribute(name, value) { this.attributes[name] = value; },
}));
const selectors = { "[data-clock]": "clock", "[data-today]": "today", "[data-days-since]": "days" };
const document = {
  documentElement: { lang: "en-GB" },
  querySelectorAll(selector) { return elements.filter((el) => el.spec.kind === selectors[selector]); },
};
const context = { document, Date: FixedDate, Intl, Math, String, Number,
                  setTimeout: () => 0, setInterval: () => 0 };
vm.runInNewContext(fs.readFileSync(scriptPath, "utf8"), context);
console.log(JSON.stringify(elements.map((el) => ({
  kind: el.spec.kind, text: el.textContent, datetime: el.attributes.datetime || null,
}))));
