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
  // The list has the current IANA names; a browser may answer with an old one (Asia/Calcutta).
  const match = [...select.options].find(
    (option) => option.value === zone || (option.dataset.aliases ?? "").split(" ").includes(zone),
  );
  if (match) select.value = match.value;
})();
