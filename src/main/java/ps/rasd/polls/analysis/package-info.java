/**
 * The bridge from a poll's responses to the statistics core ({@link ps.rasd.polls.stats}): respondents as the forms
 * module stores their answers, quality flags for the review, population target tables, weighting plans (design
 * weights, post-stratification or raking, trimming), weighted estimates and cross-tabs of questions and weighting
 * variables with labels from the form and the targets, and the methodology statement in Arabic and English.
 *
 * <p>Plain Java, no Spring and no database. Bad input is a {@link ps.rasd.shared.InvalidInputException} whose code is a
 * key of {@code i18n/polls/messages} and whose arguments name the variable, category, stratum, table row or response.
 */
package ps.rasd.polls.analysis;
