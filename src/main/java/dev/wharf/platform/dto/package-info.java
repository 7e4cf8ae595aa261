/**
 * Request and response bodies of the gateway methods, as records. Component names are the spec's field names in
 * camelCase (the mapper writes snake_case), types are the spec's types: money is {@link java.math.BigDecimal},
 * times are the platform's {@code yyyy-MM-dd HH:mm:ss} GMT+8 strings (see {@link dev.wharf.platform.GatewayTime}).
 * The sandbox server uses the same records.
 */
package dev.wharf.platform.dto;
