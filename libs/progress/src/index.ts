export { computeProgress, contributionByCountry, type CountsByCountry, type CountryProgress, type Progress } from './progress';
