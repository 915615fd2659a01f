/**
 * What the counsellor reads in Respa's `event_description`: the learner's choices in
 * plain Finnish (the staff's working language), whatever language the learner used.
 */
import { finnishLanguageName } from '../../shared/languages.js';

export type Topic = 'before' | 'during' | 'after';
export type Mode = 'in-person' | 'phone' | 'video';

/** A language from the list (its code), or one the learner wrote because it was not there. */
export type InterpreterChoice = { code: string } | { written: string };

export interface BookingChoices {
  topic: Topic;
  mode: Mode;
  /** The interpreter's language; none when no interpreter is needed. */
  interpreter: InterpreterChoice | undefined;
  /** The learner's own short message. */
  message: string;
}

const TOPIC_FI: Record<Topic, string> = {
  before: 'ohjaus ennen koulutusta',
  during: 'ohjaus koulutuksen aikana',
  after: 'ohjaus koulutuksen jälkeen',
};

const MODE_FI: Record<Mode, string> = {
  'in-person': 'tapaaminen paikan päällä',
  phone: 'puhelu',
  video: 'videopuhelu',
};

function interpreterLine(choice: InterpreterChoice | undefined): string {
  if (!choice) return 'Tulkki: ei tarvita.';
  // A written language may be in any script: say so, so that the counsellor asks.
  return 'code' in choice
    ? `Tulkki: ${finnishLanguageName(choice.code)}.`
    : `Tulkki: muu kieli, asiakkaan kirjoittamana: ${choice.written}.`;
}

export function describeForCounsellor(choices: BookingChoices): string {
  const lines = [
    `Aihe: ${TOPIC_FI[choices.topic]}.`,
    `Tapa: ${MODE_FI[choices.mode]}.`,
    interpreterLine(choices.interpreter),
  ];
  const message = choices.message.trim();
  if (message) lines.push(`Asiakkaan viesti: ${message}`);
  return lines.join('\n');
}
