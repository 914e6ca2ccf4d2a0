package ps.rasd.evidence.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.exif.makernotes.OlympusMakernoteDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.xmp.XmpDirectory;

/** Reads a file's metadata with an independent reader (metadata-extractor) to prove that nothing revealing is left. */
final class MetadataCheck {

	private MetadataCheck() {
	}

	/** Whether any EXIF, GPS, XMP, IPTC, maker-note or comment block is present. */
	static boolean revealing(byte[] bytes) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
			for (Directory directory : metadata.getDirectories()) {
				if (directory instanceof ExifIFD0Directory || directory instanceof ExifSubIFDDirectory
						|| directory instanceof GpsDirectory || directory instanceof XmpDirectory
						|| directory instanceof IptcDirectory || directory instanceof JpegCommentDirectory
						|| directory instanceof OlympusMakernoteDirectory
						|| directory.getClass().getSimpleName().contains("Makernote")
						|| directory.getName().equals("PNG-tEXt") || directory.getName().equals("PNG-iTXt")) {
					return true;
				}
				if (directory.getName().startsWith("PNG") && directory.getTags().stream()
					.anyMatch(t -> t.getTagName().contains("Textual") || t.getTagName().contains("Text"))) {
					return true;
				}
			}
			return false;
		}
		catch (ImageProcessingException | IOException ex) {
			return false;
		}
	}
}
