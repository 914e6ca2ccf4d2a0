/**
 * The statistics of a poll, on plain arrays with one entry per respondent: design weights, post-stratification,
 * raking, trimming, the weight summary (Kish design effect), weighted proportions and means with linearization
 * standard errors and confidence intervals, and weighted cross-tabs with the Rao-Scott test.
 *
 * <p>Conventions: respondent {@code i} is index {@code i} of every array; a category is a code {@code 0..k-1}; a
 * negative code (or {@code NaN} for numbers) is a missing answer. Arrays passed in are read, never changed. Bad input
 * is a {@link ps.rasd.shared.DomainException} whose code starts with {@code polls.} and whose arguments name the
 * variable, category or respondent (numbered from 1).
 */
@NamedInterface("stats")
package ps.rasd.polls.stats;

import org.springframework.modulith.NamedInterface;
