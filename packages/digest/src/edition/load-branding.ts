import { type Branding, brandingFromStored } from "@newsdesk/newsletter";
import { readDeskSetting, type Sql } from "@newsdesk/store";

/** The desk's branding (`desk_settings` 'branding'), today's defaults for what was never set. */
export async function loadBranding(db: Sql): Promise<Branding> {
  return brandingFromStored(await readDeskSetting(db, "branding"));
}
