// The document editor's "Paste transcript": the pasted text goes to the conversion view and
// the blocks it returns replace the body in the form (nothing is saved until the editor
// saves); Undo restores the body as it was before the last conversion.
(function () {
  "use strict";

  function bodyBlock() {
    const root = document.getElementById("body-root");
    return root ? root.rootBlock : null;
  }

  function formValue(name) {
    const field = document.querySelector(`[name="${name}"]`);
    return field ? field.value : "";
  }

  function setUp(panel) {
    const textArea = panel.querySelector("[data-paste-text]");
    const convertButton = panel.querySelector("[data-paste-convert]");
    const undoButton = panel.querySelector("[data-paste-undo]");
    const summary = panel.querySelector("[data-paste-summary]");
    // What the clipboard gave as HTML (Word, a web page), kept while the text is as pasted.
    let pasted = null;
    let previousState = null;

    textArea.addEventListener("paste", (event) => {
      const html = event.clipboardData && event.clipboardData.getData("text/html");
      const text = event.clipboardData && event.clipboardData.getData("text/plain");
      pasted = html ? { html: html, text: text } : null;
    });

    async function convert(namesToCreate) {
      const block = bodyBlock();
      if (!block) return;
      const data = new FormData();
      const typed = textArea.value;
      const asPasted = pasted && typed.trim() === (pasted.text || "").trim();
      data.append("text", asPasted ? pasted.html : typed);
      data.append("locale", panel.dataset.locale);
      data.append("title", formValue("title"));
      data.append("event_date", formValue("event_date"));
      data.append("published_at", formValue("published_at"));
      namesToCreate.forEach((name) => data.append("create", name));
      data.append("csrfmiddlewaretoken", formValue("csrfmiddlewaretoken"));
      convertButton.disabled = true;
      summary.textContent = "…";
      try {
        const response = await fetch(panel.dataset.url, {
          method: "POST",
          body: data,
          credentials: "same-origin",
          headers: { "X-Requested-With": "XMLHttpRequest" },
        });
        const answer = await response.json().catch(() => ({ error: response.statusText }));
        if (!response.ok) {
          summary.innerHTML = "";
          const error = document.createElement("p");
          error.className = "error-message";
          error.setAttribute("role", "alert");
          error.textContent = answer.error || response.statusText;
          summary.appendChild(error);
          return;
        }
        if (previousState === null) previousState = block.getState();
        block.setState(answer.state);
        summary.innerHTML = answer.summary;
        undoButton.hidden = false;
        const create = summary.querySelector("[data-paste-create]");
        if (create) {
          create.addEventListener("click", () => {
            const ticked = summary.querySelectorAll('input[name="paste-create"]:checked');
            convert(Array.from(ticked, (box) => box.value));
          });
        }
      } finally {
        convertButton.disabled = false;
      }
    }

    convertButton.addEventListener("click", () => convert([]));
    undoButton.addEventListener("click", () => {
      const block = bodyBlock();
      if (!block || previousState === null) return;
      block.setState(previousState);
      previousState = null;
      undoButton.hidden = true;
      summary.textContent = panel.dataset.undoneMessage || "";
    });
  }

  function init() {
    document.querySelectorAll("[data-paste-transcript]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
