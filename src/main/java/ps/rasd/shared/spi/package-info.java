/**
 * Extension contracts: feature modules implement them, cross-cutting modules collect the implementations and never
 * import a feature module.
 */
package ps.rasd.shared.spi;
