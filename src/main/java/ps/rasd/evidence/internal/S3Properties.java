package ps.rasd.evidence.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * S3-compatible storage of kept files (MinIO, Ceph, Garage, AWS …), used instead of the data folder when a bucket is
 * named ({@code RASD_S3_BUCKET}); every node of several then reads and writes the same files.
 *
 * @param endpoint the server's URL ({@code RASD_S3_ENDPOINT}, e.g. {@code https://s3.example.org}); empty = AWS
 * @param bucket the bucket, made beforehand ({@code RASD_S3_BUCKET}); empty = files in the data folder
 * @param region the region signed into each request ({@code RASD_S3_REGION}); most other servers take any
 * @param accessKey the access key ({@code RASD_S3_ACCESS_KEY})
 * @param secretKey its secret ({@code RASD_S3_SECRET_KEY})
 * @param pathStyle {@code true}: {@code endpoint/bucket/key} instead of {@code bucket.endpoint/key}
 *        ({@code RASD_S3_PATH_STYLE}; MinIO and most servers on one host name need it)
 */
@ConfigurationProperties("rasd.s3")
public record S3Properties(@DefaultValue("") String endpoint, @DefaultValue("") String bucket,
		@DefaultValue("us-east-1") String region, @DefaultValue("") String accessKey, @DefaultValue("") String secretKey,
		@DefaultValue("true") boolean pathStyle) {

	/** Whether files are kept in a bucket rather than in the data folder. */
	public boolean enabled() {
		return !bucket.isBlank();
	}
}
