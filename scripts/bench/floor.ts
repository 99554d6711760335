/** The cold-start floor: a fresh node process that only loads wink-nlp and its model. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

winkNLP(model);
