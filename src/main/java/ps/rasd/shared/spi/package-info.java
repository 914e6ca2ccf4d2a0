/**
 * Extension contracts: feature modules implement them, cross-cutting modules collect the implementations and never
 * import a feature module.
 */
@NamedInterface("spi")
package ps.rasd.shared.spi;

import org.springframework.modulith.NamedInterface;
