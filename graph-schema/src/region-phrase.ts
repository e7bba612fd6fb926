/**
 * "in" a region, as German says it: "im Freistaat Sachsen", "im Landkreis Görlitz", "im Erzgebirgskreis",
 * but "in Leipzig", "in Ganz Sachsen"-free forms ("in ganz Sachsen"). English always says "in".
 */
import type { Language } from './enum-entries.js';

/** Region names that take the article (dem → im): Freistaat, Landkreis, Kreis, …kreis. */
const WITH_ARTICLE = /^(Freistaat|Landkreis|Kreis|Stadtkreis|Bezirk)\b|kreis$/u;

export function inRegion(name: string, language: Language): string {
  if (language === 'en') return `in ${name}`;
  if (/^ganz /iu.test(name)) return `in ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
  return WITH_ARTICLE.test(name) ? `im ${name}` : `in ${name}`;
}
