package ps.rasd.evidence.internal;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ps.rasd.evidence.EvidenceProperties;
import ps.rasd.shared.WarmUp;

/**
 * Once the application is ready, passes a photo through the upload path in the background (hashing, metadata
 * removal, thumbnail), so that the first person who files a complaint with a phone's photo does not wait for the JVM
 * to compile it: measured by {@code bench/moments.sh}, the first 3.5 MB photo after start spent about a second in an
 * interpreted SHA-256 (three hashes of the file), the next one none. Stores nothing.
 */
@Component
class UploadWarmUp {

	private static final Logger log = LoggerFactory.getLogger(UploadWarmUp.class);

	private final EvidenceProperties properties;

	private final boolean enabled;

	UploadWarmUp(EvidenceProperties properties, @Value("${rasd.evidence.warm-up:true}") boolean enabled) {
		this.properties = properties;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUpInBackground() {
		if (!enabled) {
			return;
		}
		WarmUp.inBackground("rasd-upload-warm-up", this::warmUp);
	}

	/** Hashes and processes a generated photo until the hashing is compiled; returns how long it took in ms. */
	long warmUp() {
		long start = System.nanoTime();
		try {
			byte[] photo = photo();
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			for (int i = 0; i < 40; i++) {
				sha256.digest(photo);
			}
			EvidenceProcessing.process("image/jpeg", photo, properties);
		}
		catch (IOException | NoSuchAlgorithmException | RuntimeException ex) {
			log.warn("Upload warm-up failed; the first photo will be slower: {}", ex.toString());
		}
		long ms = (System.nanoTime() - start) / 1_000_000;
		log.info("Upload path warmed up in {} ms", ms);
		return ms;
	}

	/** A 1600×1200 JPEG that does not compress to nothing (a gradient with noise). */
	private static byte[] photo() throws IOException {
		BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 160), 1600, 1200, new Color(200, 170, 90)));
		g.fillRect(0, 0, 1600, 1200);
		g.dispose();
		Random random = new Random(1);
		for (int i = 0; i < 200_000; i++) {
			image.setRGB(random.nextInt(1600), random.nextInt(1200), random.nextInt());
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}
}
