// Progressive enhancement for the subscribe form: preselect the reader's own time zone when
// the browser knows it. Without JavaScript the select simply starts at UTC.
(() => {
  const select = document.querySelector("select[data-detect-time-zone]");
  if (select?.value !== "UTC") return;
  let zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return;
  }
  if (zone && [...select.options].some((option) => option.value === zone)) select.value = zone;
})();
