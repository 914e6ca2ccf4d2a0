/**
 * The shared kernel: localized text, Arabic text and digit handling, domain exceptions, paging and the extension
 * contracts ({@link ps.rasd.shared.spi}) through which feature modules plug into cross-cutting ones.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package ps.rasd.shared;

import org.springframework.modulith.ApplicationModule;
