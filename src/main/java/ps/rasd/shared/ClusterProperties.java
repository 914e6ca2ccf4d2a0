package ps.rasd.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many application nodes serve together, and where what they must share is kept.
 *
 * @param nodes how many nodes serve behind one load balancer ({@code RASD_NODES}); above 1 the start-up refuses
 *        anything kept per node that must be shared (sessions in memory, an H2 database, keys made locally)
 * @param sessions {@code memory} (one node) or {@code jdbc}: sessions in the database ({@code RASD_SESSIONS})
 * @param nodeName this node's name in scheduler locks and logs ({@code RASD_NODE_NAME}); empty = the host name
 */
@ConfigurationProperties("rasd.cluster")
public record ClusterProperties(@DefaultValue("1") int nodes, @DefaultValue("memory") String sessions,
		@DefaultValue("") String nodeName) {

	/** Whether this node is one of several. */
	public boolean several() {
		return nodes > 1;
	}

	/** Whether sessions are kept in the database. */
	public boolean jdbcSessions() {
		return "jdbc".equalsIgnoreCase(sessions.strip());
	}

	/** This node's name: {@code nodeName}, or the host name and process id. */
	public String name() {
		if (!nodeName.isBlank()) {
			return nodeName;
		}
		try {
			return InetAddress.getLocalHost().getHostName() + ":" + ProcessHandle.current().pid();
		}
		catch (UnknownHostException ex) {
			return "pid " + ProcessHandle.current().pid();
		}
	}
}
