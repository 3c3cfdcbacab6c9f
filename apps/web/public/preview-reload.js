// Development only: the preview reloads itself when a newsletter template changes (the server
// watches packages/newsletter/templates and says so on /preview/events).
const events = new EventSource("/preview/events");
events.addEventListener("change", () => {
  window.location.reload();
});
