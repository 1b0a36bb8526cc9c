import { collectionWindow } from '@eci/rules';
import type { NewInitiative } from './initiative';

/** The slugs of the two demonstration initiatives. */
export const DEMO_SLUGS = { ownOnline: 'demo', cocs: 'demo-cocs' } as const;

/**
 * A realistic but fictional initiative for first starts and demos, collecting on this signing page.
 * It is registered on 15 November 2022, so its organisers' own online collection system is lawful
 * (`onlineChannelFor`: only for registrations up to 31 December 2022) and the thresholds computed
 * with 705 seats apply. Collection opens on the day the demo is created and lasts 12 months (the
 * last day is the day before the anniversary). A demonstration is exempt from the kick-off rule
 * (at most 6 months after registration, `latestKickOff`): its statements have no legal effect,
 * which every page of it says (`demo: true`).
 */
export function demoInitiative(today: string, publicKey: Uint8Array): NewInitiative {
  return {
    slug: DEMO_SLUGS.ownOnline,
    registrationNumber: 'ECI(2022)000001',
    registrationDate: '2022-11-15',
    title: {
      en: 'Clean air around every school in Europe',
      fr: 'Un air pur autour de chaque école en Europe',
      de: 'Saubere Luft rund um jede Schule in Europa',
    },
    subject: {
      en: 'We call on the Commission to propose binding limits for air pollution near schools and nurseries.',
      fr: 'Nous invitons la Commission à proposer des valeurs limites contraignantes de pollution de l’air aux abords des écoles et des crèches.',
      de: 'Wir fordern die Kommission auf, verbindliche Grenzwerte für die Luftverschmutzung in der Nähe von Schulen und Kindertagesstätten vorzuschlagen.',
    },
    objectives: {
      en:
        'Children are the most vulnerable to polluted air. We ask the Commission to propose a legal act that (1) sets limit values for nitrogen dioxide and fine particulate matter within 300 metres of schools and nurseries, aligned with the World Health Organization guidelines; (2) requires Member States to measure air quality at these sites and publish the results; and (3) supports clean-street measures around schools through existing EU funds.',
      fr:
        'Les enfants sont les plus vulnérables à la pollution de l’air. Nous demandons à la Commission de proposer un acte juridique qui (1) fixe des valeurs limites pour le dioxyde d’azote et les particules fines dans un rayon de 300 mètres autour des écoles et des crèches, conformes aux lignes directrices de l’Organisation mondiale de la santé ; (2) oblige les États membres à mesurer la qualité de l’air sur ces sites et à en publier les résultats ; et (3) soutienne, par les fonds européens existants, des rues apaisées autour des écoles.',
      de:
        'Kinder leiden am stärksten unter verschmutzter Luft. Wir fordern die Kommission auf, einen Rechtsakt vorzuschlagen, der (1) Grenzwerte für Stickstoffdioxid und Feinstaub im Umkreis von 300 Metern um Schulen und Kindertagesstätten festlegt, im Einklang mit den Leitlinien der Weltgesundheitsorganisation; (2) die Mitgliedstaaten verpflichtet, die Luftqualität an diesen Orten zu messen und die Ergebnisse zu veröffentlichen; und (3) Maßnahmen für saubere Schulstraßen aus bestehenden EU-Fonds unterstützt.',
    },
    organisers: [
      { role: 'representative', name: 'Marta Kowalczyk', residence: 'PL', email: 'representative@clean-air-schools.example.org' },
      { role: 'substitute', name: 'Jean-Luc Moreau', residence: 'FR', email: 'substitute@clean-air-schools.example.org' },
      { role: 'member', name: 'Sophie Janssens', residence: 'BE' },
      { role: 'member', name: 'Lukas Gruber', residence: 'AT' },
      { role: 'member', name: 'Eleni Papadopoulou', residence: 'GR' },
      { role: 'member', name: 'Ana Ferreira', residence: 'PT' },
      { role: 'member', name: 'Mikko Virtanen', residence: 'FI' },
    ],
    registerUrl: 'https://citizens-initiative.europa.eu/initiatives/details/2022/000001_en',
    collectionStart: today,
    collectionEnd: collectionWindow(today).end,
    publicKey,
    cocsUrl: null,
    website: null,
    partialRegistration: null,
    annex: null,
    closedEarlyOn: null,
    demo: true,
  };
}

/**
 * The second demonstration initiative, fictional too: registered on 10 March 2025, so it may only
 * collect online through the Commission's central online collection system (COCS). Its signing
 * page sends signers to its COCS address (fictional: no COCS initiative has number 999) and never
 * asks for personal data; its progress page and widget work as for any initiative. Exempt from the
 * kick-off rule like `demoInitiative`.
 */
export function demoCocsInitiative(today: string, publicKey: Uint8Array): NewInitiative {
  return {
    slug: DEMO_SLUGS.cocs,
    registrationNumber: 'ECI(2025)000009',
    registrationDate: '2025-03-10',
    title: {
      en: 'A right to repair for every household appliance',
      fr: 'Un droit à la réparation pour chaque appareil ménager',
      de: 'Ein Recht auf Reparatur für jedes Haushaltsgerät',
    },
    subject: {
      en: 'We call on the Commission to propose rules that make household appliances repairable for at least ten years.',
      fr: 'Nous invitons la Commission à proposer des règles rendant les appareils ménagers réparables pendant au moins dix ans.',
      de: 'Wir fordern die Kommission auf, Regeln vorzuschlagen, die Haushaltsgeräte mindestens zehn Jahre lang reparierbar machen.',
    },
    objectives: {
      en:
        'Appliances are thrown away because spare parts are missing or repairs cost more than a new machine. We ask the Commission to propose a legal act that (1) obliges manufacturers to supply spare parts and repair manuals for at least ten years after the last unit is sold; (2) caps the price of spare parts at a fair share of the price of the appliance; and (3) lets independent repairers buy the same parts and tools as the manufacturers’ own.',
      fr:
        'Des appareils sont jetés parce que les pièces détachées manquent ou que la réparation coûte plus cher qu’un appareil neuf. Nous demandons à la Commission de proposer un acte juridique qui (1) oblige les fabricants à fournir pièces détachées et notices de réparation pendant au moins dix ans après la vente du dernier appareil ; (2) plafonne le prix des pièces détachées à une part raisonnable du prix de l’appareil ; et (3) permette aux réparateurs indépendants d’acheter les mêmes pièces et outils que ceux des fabricants.',
      de:
        'Geräte werden weggeworfen, weil Ersatzteile fehlen oder die Reparatur mehr kostet als ein neues Gerät. Wir fordern die Kommission auf, einen Rechtsakt vorzuschlagen, der (1) Hersteller verpflichtet, Ersatzteile und Reparaturanleitungen mindestens zehn Jahre nach dem Verkauf des letzten Geräts bereitzustellen; (2) den Preis von Ersatzteilen auf einen angemessenen Anteil am Gerätepreis begrenzt; und (3) unabhängigen Reparaturbetrieben den Kauf derselben Teile und Werkzeuge ermöglicht wie den Werkstätten der Hersteller.',
    },
    organisers: [
      { role: 'representative', name: 'Inês Carvalho', residence: 'PT', email: 'representative@repair-right.example.org' },
      { role: 'substitute', name: 'Tomáš Novák', residence: 'CZ', email: 'substitute@repair-right.example.org' },
      { role: 'member', name: 'Anna Lindqvist', residence: 'SE' },
      { role: 'member', name: 'Giorgos Nikolaou', residence: 'CY' },
      { role: 'member', name: 'Katrin Tamm', residence: 'EE' },
      { role: 'member', name: 'Luca Bianchi', residence: 'IT' },
      { role: 'member', name: 'Siobhán Byrne', residence: 'IE' },
    ],
    registerUrl: 'https://citizens-initiative.europa.eu/initiatives/details/2025/000009_en',
    collectionStart: today,
    collectionEnd: collectionWindow(today).end,
    publicKey,
    cocsUrl: 'https://eci.ec.europa.eu/999/public/',
    website: null,
    partialRegistration: null,
    annex: null,
    closedEarlyOn: null,
    demo: true,
  };
}
