/**
 * What the counsellor reads in Respa's `event_description`: the learner's choices in
 * plain Finnish (the staff's working language), whatever language the learner used.
 */

export type Topic = 'before' | 'during' | 'after';
export type Mode = 'in-person' | 'phone' | 'video';

export interface BookingChoices {
  topic: Topic;
  mode: Mode;
  /** The interpreter's language as the learner wrote it; empty when none is needed. */
  interpreter: string;
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

export function describeForCounsellor(choices: BookingChoices): string {
  const lines = [
    `Aihe: ${TOPIC_FI[choices.topic]}.`,
    `Tapa: ${MODE_FI[choices.mode]}.`,
    choices.interpreter.trim() ? `Tulkki: ${choices.interpreter.trim()}.` : 'Tulkki: ei tarvita.',
  ];
  const message = choices.message.trim();
  if (message) lines.push(`Asiakkaan viesti: ${message}`);
  return lines.join('\n');
}
