/**
 * The shared wink-nlp instance (English lite web model; pure JS, the model ships in the
 * package). Loading takes ~70 ms, so it happens once, on first use.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | undefined;

export function getWink(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
