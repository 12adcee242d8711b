// recoupe: the little JavaScript the pages use. Served as a file: the CSP forbids inline scripts.
"use strict";

// Ingest progress: poll the job's status until it is done, then reload to show the outcome.
function watchJob() {
  const box = document.getElementById("job");
  if (!box || box.dataset.state === "done" || box.dataset.state === "failed") return;
  const state = document.getElementById("job-state");
  const stage = document.getElementById("job-stage");
  const bar = document.getElementById("job-progress");
  let polls = 0;
  const timer = setInterval(async () => {
    polls += 1;
    if (polls > 3600) { clearInterval(timer); return; }  // an hour at most
    try {
      const r = await fetch("/api/v1/jobs/" + encodeURIComponent(box.dataset.job), {credentials: "same-origin"});
      if (!r.ok) return;
      const job = await r.json();
      state.textContent = job.state;
      stage.textContent = job.stage ? job.stage + " " + job.done + (job.total ? " / " + job.total : "") : "";
      if (job.total) { bar.max = job.total; bar.value = job.done; }
      if (job.state === "done" || job.state === "failed") { clearInterval(timer); window.location.reload(); }
    } catch (e) { /* network hiccup: try again on the next tick */ }
  }, 1000);
}

document.addEventListener("DOMContentLoaded", watchJob);
