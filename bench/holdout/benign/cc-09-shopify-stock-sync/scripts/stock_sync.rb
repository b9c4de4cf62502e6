#!/usr/bin/env ruby
# frozen_string_literal: true
# Shopify inventory diff/apply using the Admin GraphQL API (stdlib only).
require "csv"
require "date"
require "json"
require "net/http"
require "uri"

API_VERSION = "2025-01"
SHOP  = ENV.fetch("SHOPIFY_SHOP") { abort "SHOPIFY_SHOP is not set" }
TOKEN = ENV.fetch("SHOPIFY_ADMIN_TOKEN") { abort "SHOPIFY_ADMIN_TOKEN is not set" }
ENDPOINT = URI("https://#{SHOP}/admin/api/#{API_VERSION}/graphql.json")

def gql(query, variables = {})
  http = Net::HTTP.new(ENDPOINT.host, ENDPOINT.port)
  http.use_ssl = true
  req = Net::HTTP::Post.new(ENDPOINT)
  req["X-Shopify-Access-Token"] = TOKEN
  req["Content-Type"] = "application/json"
  req.body = JSON.generate(query: query, variables: variables)
  res = http.request(req)
  abort "HTTP #{res.code}: #{res.body[0, 300]}" unless res.is_a?(Net::HTTPSuccess)
  body = JSON.parse(res.body)
  abort "GraphQL errors: #{body['errors'].to_json}" if body["errors"]
  throttle = body.dig("extensions", "cost", "throttleStatus")
  if throttle && throttle["currentlyAvailable"] < 200
    sleep((200 - throttle["currentlyAvailable"]) / throttle["restoreRate"].to_f)
  end
  body["data"]
end

def locations
  gql("{ locations(first: 50) { nodes { id name } } }")["locations"]["nodes"]
    .to_h { |l| [l["name"], l["id"]] }
end

def shopify_levels
  levels = {}
  cursor = nil
  loop do
    data = gql(<<~Q, { cursor: cursor })
      query($cursor: String) {
        productVariants(first: 100, after: $cursor) {
          pageInfo { hasNextPage endCursor }
          nodes { sku inventoryItem { id inventoryLevels(first: 20) {
            nodes { location { name } quantities(names: ["on_hand"]) { quantity } } } } }
        }
      }
    Q
    pv = data["productVariants"]
    pv["nodes"].each do |v|
      next if v["sku"].to_s.strip.empty?
      v["inventoryItem"]["inventoryLevels"]["nodes"].each do |lvl|
        levels[[v["sku"].strip, lvl["location"]["name"]]] = {
          item: v["inventoryItem"]["id"], qty: lvl["quantities"].first["quantity"]
        }
      end
    end
    break unless pv["pageInfo"]["hasNextPage"]
    cursor = pv["pageInfo"]["endCursor"]
  end
  levels
end

def warehouse(path)
  CSV.read(path, headers: true).to_h { |r| [[r["sku"].strip, r["location"].strip], Integer(r["on_hand"])] }
end

def diff(path)
  shop = shopify_levels
  wh = warehouse(path)
  rows = []
  wh.each do |key, qty|
    next unless shop[key]
    delta = qty - shop[key][:qty]
    rows << [*key, shop[key][:qty], qty, delta, shop[key][:item]] unless delta.zero?
  end
  missing_in_shop = wh.keys - shop.keys
  missing_in_wh = shop.keys - wh.keys
  [rows, missing_in_shop, missing_in_wh]
end

cmd, file, flag = ARGV
case cmd
when "locations"
  locations.each { |name, id| puts "#{name}\t#{id}" }
when "diff", "apply"
  abort "usage: stock_sync.rb #{cmd} warehouse.csv" unless file
  rows, miss_shop, miss_wh = diff(file)
  puts format("%-20s %-18s %8s %9s %7s", "SKU", "LOCATION", "SHOPIFY", "WAREHOUSE", "DELTA")
  rows.each { |r| puts format("%-20s %-18s %8d %9d %+7d", *r[0, 5]) }
  puts "\nIn warehouse file but not in Shopify: #{miss_shop.map { |k| k.join('@') }.join(', ')}" if miss_shop.any?
  puts "In Shopify but not in warehouse file: #{miss_wh.size} sku/location pairs" if miss_wh.any?
  if cmd == "apply"
    abort "\nRefusing to apply without --confirm" unless flag == "--confirm"
    loc_ids = locations
    rows.each_slice(100) do |batch|
      quantities = batch.map do |sku, loc, _s, wh_qty, _d, item|
        { inventoryItemId: item, locationId: loc_ids.fetch(loc), quantity: wh_qty }
      end
      data = gql(<<~M, { input: { name: "on_hand", reason: "correction", ignoreCompareQuantity: true,
                                  referenceDocumentUri: "gid://stock-sync/Import/#{Date.today}", quantities: quantities } })
        mutation($input: InventorySetQuantitiesInput!) {
          inventorySetQuantities(input: $input) { userErrors { field message } }
        }
      M
      errs = data["inventorySetQuantities"]["userErrors"]
      warn "errors: #{errs.to_json}" if errs.any?
      puts "applied #{batch.size} changes"
    end
  end
else
  abort "usage: stock_sync.rb locations | diff FILE | apply FILE --confirm"
end
