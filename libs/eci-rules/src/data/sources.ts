/**
 * Sources cited by the rule pack ([Sx] tags of /shared/eci/eci-rules.md, reproduced in
 * docs/rules.md). Only the tags the data refers to are listed.
 */
export const SOURCES = {
  S5: 'Delegated Regulation (EU) 2024/1082 replacing Annex I: https://eur-lex.europa.eu/eli/reg_del/2024/1082/oj',
  S6: 'Commission news, thresholds for ECIs registered from 16 July 2024: https://citizens-initiative.europa.eu/news_sl?etrans=sk&page=1',
  S8: 'Commission thresholds pages (705-based table): https://citizens-initiative.europa.eu/thresholds_bg',
  S9: 'European Council Decision (EU) 2023/2061, seats 2024-2029: https://oeil.secure.europarl.europa.eu/oeil/popups/summary.do?id=1755078&t=d&l=en',
  S10: 'Commission "Data requirements" page: https://citizens-initiative.europa.eu/data-requirements_en',
  S14: 'proca-server ECI rules (commit 864148f6): https://github.com/fixthestatusquo/proca-server',
  S15: 'DE minimum age 16 from 1 January 2023: https://github.com/fixthestatusquo/proca-server/issues/194',
  S16: 'COCS interface strings (format hints) in fixthestatusquo/proca src/locales/*/eci.json (commit 8288c2e3)',
  S17: 'German EBIG, 2012 version, section 2(2) (Germans abroad)',
  S21: 'Commission Online Collection Software database seed (2020): proca-server utils/ECI/mysql.sql',
  S23: 'German EBIG section 4 (invalid statements): https://gesetze.legal/bund/ebig/4',
  S27: 'Belgium lowers the EP voting age to 16: https://www.themayor.eu/en/a/view/belgium-lowers-the-voting-age-in-eu-elections-to-16-10486',
} as const;

export type SourceTag = keyof typeof SOURCES;
