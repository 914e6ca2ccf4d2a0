/**
 * ODK Collect, KoboCollect and Enketo: an OpenRosa 1.0 server (form list with manifests, each published scorecard
 * version as an XForm, submissions of XML with photos) for devices that act as one monitor through a secret token in
 * the server address, made and revoked by coordinators. A submission goes through the monitoring module exactly as a
 * visit from the web does (the same checks, the same evidence path, the instanceID as the idempotency key).
 */
@ApplicationModule(displayName = "OpenRosa",
		allowedDependencies = { "shared", "shared::spi", "forms", "monitoring", "identity", "registry", "polls" })
package ps.rasd.openrosa;

import org.springframework.modulith.ApplicationModule;
