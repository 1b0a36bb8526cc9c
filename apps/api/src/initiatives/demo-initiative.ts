import { collectionWindow } from '@eci/rules';
import type { NewInitiative } from './initiative';

/**
 * A realistic but fictional initiative for first starts and demos. It is registered on 2025-01-15,
 * after 16 July 2024, so the thresholds computed with 720 seats apply. Collection opens on the day
 * the demo is created and lasts 12 months (the last day is the day before the anniversary).
 */
export function demoInitiative(today: string, publicKey: Uint8Array): NewInitiative {
  return {
    slug: 'demo',
    registrationNumber: 'ECI(2025)000001',
    registrationDate: '2025-01-15',
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
    registerUrl: 'https://citizens-initiative.europa.eu/initiatives/details/2025/000001_en',
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
