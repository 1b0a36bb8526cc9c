/**
 * Sources cited by the rule pack ([Sx] tags of /shared/eci/eci-rules.md and [Px] tags of
 * /shared/eci/paper-and-procedure.md, reproduced in docs/rules.md). Only the tags the data refers to are listed.
 */
export const SOURCES = {
  S5: 'Delegated Regulation (EU) 2024/1082 replacing Annex I: https://eur-lex.europa.eu/eli/reg_del/2024/1082/oj',
  S6: 'Commission news, thresholds for ECIs registered from 16 July 2024: https://citizens-initiative.europa.eu/news_sl?etrans=sk&page=1',
  S7: 'Regulation (EU) 2019/788, recital 23 (individual online collection systems until 31 December 2022): http://eu.actor-atlas.info/euci:23p',
  S8: 'Commission thresholds pages (705-based table): https://citizens-initiative.europa.eu/thresholds_bg',
  S9: 'European Council Decision (EU) 2023/2061, seats 2024-2029: https://oeil.secure.europarl.europa.eu/oeil/popups/summary.do?id=1755078&t=d&l=en',
  S10: 'Commission "Data requirements" page: https://citizens-initiative.europa.eu/data-requirements_en',
  S14: 'proca-server ECI rules (commit 864148f6): https://github.com/fixthestatusquo/proca-server',
  S15: 'DE minimum age 16 from 1 January 2023: https://github.com/fixthestatusquo/proca-server/issues/194',
  S16: 'COCS interface strings (format hints) in fixthestatusquo/proca src/locales/*/eci.json (commit 8288c2e3)',
  S17: 'German EBIG, 2012 version, section 2(2) (Germans abroad)',
  S18: 'Commission news, initiatives registered from 1 January 2023 collect online through the COCS: https://citizens-initiative.europa.eu/news/new-functionalities-eci-central-online-collection-system_en',
  S19: 'ECI Forum, the COCS is "the sole online collection system" for ECIs registered after 1 January 2023: https://citizens-initiative-forum.europa.eu/document/central-online-collection-system_en',
  S20: 'BSI: certificates for individual online collection systems only for ECIs registered before 31 December 2022 (Art. 11(7)): https://bsi.bund.de/EN/Themen/Verbraucherinnen-und-Verbraucher/Leistungen-und-Kooperationen/Europaeische-Buergerinitiative/europaeische-buergerinitiative_node.html',
  S21: 'Commission Online Collection Software database seed (2020): proca-server utils/ECI/mysql.sql',
  S23: 'German EBIG section 4 (invalid statements): https://gesetze.legal/bund/ebig/4',
  S27: 'Belgium lowers the EP voting age to 16: https://www.themayor.eu/en/a/view/belgium-lowers-the-voting-age-in-eu-elections-to-16-10486',
  S28: 'EU country profiles, "Official EU language(s)" of each Member State: https://european-union.europa.eu/principles-countries-history/eu-countries_en (e.g. …/eu-countries/belgium_en: Dutch, French, German); Council Regulation No 1 of 1958, Art. 1 (the 24 official languages): https://eur-lex.europa.eu/eli/reg/1958/1(1)/oj',
  P1: 'Commission, "How it works" (kick-off at the latest 6 months after registration, then 12 months): https://citizens-initiative.europa.eu/how-it-works_en',
  P2: 'Bundesverwaltungsamt, ECI FAQ (organisers may close collection early): https://bva.bund.de/EN/About-BVA/Tasks/E/Europaeische_Buergerinitiative/_documents/04_FAQs/Akkordeon/akkordeon_node.html',
} as const;

export type SourceTag = keyof typeof SOURCES;
