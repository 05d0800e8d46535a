package org.practiceassistant.channel.state;

import com.azure.core.http.rest.Response;
import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobDownloadContentResponse;
import com.azure.storage.blob.models.BlobErrorCode;
import com.azure.storage.blob.models.BlobRequestConditions;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.BlockBlobItem;
import com.azure.storage.blob.options.BlobParallelUploadOptions;
import com.microsoft.bot.builder.Storage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Conversation state in an Azure Blob Storage container, one blob per state key: the store for
 * production and for several instances, which then continue each other's conversations.
 *
 * <p>Every write is conditional on the blob's own ETag ({@code If-Match}, or {@code If-None-Match: *}
 * for "only if absent", see {@link WriteCondition}), and a read takes content and ETag from one
 * response, so two instances writing one conversation at once can never overwrite each other
 * unnoticed: the loser gets a {@link StateConflictException}. Items idle (unwritten) for longer than
 * the idle expiry are treated as gone and deleted when next read; a lifecycle rule on the storage
 * account (see deploy/) removes the ones nobody reads again.
 *
 * <p>Failures to reach the store become {@link StateStoreUnavailableException}s, which carry no key or
 * content.
 */
public final class BlobStorage implements Storage {

    private final BlobContainerClient container;
    private final StateCodec codec = new StateCodec();
    private final Duration idleExpiry;
    private final Duration operationTimeout;
    private final Clock clock;
    private volatile boolean containerExists;

    public BlobStorage(BlobContainerClient container, Duration idleExpiry, Duration operationTimeout, Clock clock) {
        this.container = container;
        this.idleExpiry = idleExpiry;
        this.operationTimeout = operationTimeout;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Map<String, Object>> read(String[] keys) {
        if (keys == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("keys cannot be null"));
        }
        return attempt("read", () -> {
            Map<String, Object> found = new HashMap<>();
            for (String key : keys) {
                Object item = readOne(blob(key));
                if (item != null) {
                    found.put(key, item);
                }
            }
            return found;
        });
    }

    private Object readOne(BlobClient blob) {
        BlobDownloadContentResponse response;
        try {
            response = blob.downloadContentWithResponse(null, null, operationTimeout, Context.NONE);
        } catch (BlobStorageException e) {
            if (e.getStatusCode() == 404) {
                return null;
            }
            throw e;
        }
        String eTag = response.getDeserializedHeaders().getETag();
        OffsetDateTime lastWritten = response.getDeserializedHeaders().getLastModified();
        if (lastWritten != null && lastWritten.plus(idleExpiry).toInstant().isBefore(clock.instant())) {
            deleteIfUnchanged(blob, eTag);
            return null;
        }
        return codec.decode(response.getValue().toString(), eTag);
    }

    private void deleteIfUnchanged(BlobClient blob, String eTag) {
        try {
            blob.deleteWithResponse(null, new BlobRequestConditions().setIfMatch(eTag), operationTimeout, Context.NONE);
        } catch (BlobStorageException e) {
            // 404: already gone; 412: written meanwhile, so no longer idle. Both are fine.
            if (e.getStatusCode() != 404 && e.getStatusCode() != 412) {
                throw e;
            }
        }
    }

    @Override
    public CompletableFuture<Void> write(Map<String, Object> changes) {
        if (changes == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("changes cannot be null"));
        }
        return attempt("write", () -> {
            ensureContainer();
            try {
                changes.forEach(this::writeOne);
            } catch (BlobStorageException e) {
                if (e.getErrorCode() != BlobErrorCode.CONTAINER_NOT_FOUND) {
                    throw e;
                }
                // The container went away (a store rebuilt, say): make it again, once.
                containerExists = false;
                ensureContainer();
                changes.forEach(this::writeOne);
            }
            return null;
        });
    }

    private void writeOne(String key, Object value) {
        BlobRequestConditions conditions = switch (WriteCondition.of(value)) {
            case WriteCondition.Always a -> null;
            case WriteCondition.IfAbsent a -> new BlobRequestConditions().setIfNoneMatch("*");
            case WriteCondition.IfMatch m -> new BlobRequestConditions().setIfMatch(m.eTag());
        };
        var options = new BlobParallelUploadOptions(BinaryData.fromString(codec.encode(value)))
            .setRequestConditions(conditions);
        try {
            Response<BlockBlobItem> written = blob(key).uploadWithResponse(options, operationTimeout, Context.NONE);
            StateCodec.withETag(value, written.getValue().getETag());
        } catch (BlobStorageException e) {
            // 412: the ETag no longer matches; 409 BlobAlreadyExists: If-None-Match failed.
            if (e.getStatusCode() == 412 || e.getErrorCode() == BlobErrorCode.BLOB_ALREADY_EXISTS) {
                throw new StateConflictException();
            }
            throw e;
        }
    }

    @Override
    public CompletableFuture<Void> delete(String[] keys) {
        if (keys == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("keys cannot be null"));
        }
        return attempt("delete", () -> {
            for (String key : keys) {
                blob(key).deleteIfExistsWithResponse(null, null, operationTimeout, Context.NONE);
            }
            return null;
        });
    }

    private void ensureContainer() {
        // Checked once per process, lazily, so the application starts (and says so to users) even
        // when the store is down at start-up.
        if (!containerExists) {
            container.createIfNotExists();
            containerExists = true;
        }
    }

    private BlobClient blob(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A state key must not be blank");
        }
        return container.getBlobClient(URLEncoder.encode(key, StandardCharsets.UTF_8));
    }

    private interface StoreOperation<T> {
        T run();
    }

    private static <T> CompletableFuture<T> attempt(String operation, StoreOperation<T> body) {
        try {
            return CompletableFuture.completedFuture(body.run());
        } catch (StateConflictException | IllegalArgumentException | IllegalStateException e) {
            return CompletableFuture.failedFuture(e);
        } catch (RuntimeException e) {
            // Storage errors, time-outs and connection failures from the Azure SDK (which may name the
            // blob, and so the conversation id, in its message): reported by kind only.
            return CompletableFuture.failedFuture(new StateStoreUnavailableException(operation, e));
        }
    }
}
