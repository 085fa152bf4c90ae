package com.modernmedia.content.shared;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/** The connections of {@link ReadRouting}'s two databases: the default datasource (primary) and "read". */
@PersistenceUnitExtension
@ApplicationScoped
public class ReadRoutingConnections implements TenantConnectionResolver {

    private final AgroalDataSource primary;
    private final InjectableInstance<AgroalDataSource> replica;

    ReadRoutingConnections(AgroalDataSource primary, @DataSource(ReadReplica.DATASOURCE) InjectableInstance<AgroalDataSource> replica) {
        this.primary = primary;
        this.replica = replica;
    }

    @Override
    public ConnectionProvider resolve(String tenantId) {
        // Only ReadRouting names the replica, and only when it is configured and trusted.
        return new QuarkusConnectionProvider(ReadRouting.REPLICA.equals(tenantId) ? replica.get() : primary);
    }
}
