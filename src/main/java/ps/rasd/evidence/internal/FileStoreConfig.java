package ps.rasd.evidence.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ps.rasd.shared.RasdProperties;

/** The data folder keeps the files, unless {@code RASD_S3_BUCKET} names a bucket of S3-compatible storage. */
@Configuration(proxyBeanMethods = false)
class FileStoreConfig {

	@Bean
	FileStore fileStore(S3Properties s3, RasdProperties properties) {
		return s3.enabled() ? new S3FileStore(s3, properties) : new LocalFileStore(properties);
	}
}
