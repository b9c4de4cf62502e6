using OrdinaryDiffEq, BenchmarkTools, DataFrames, CSV

function seir!(du, u, p, t)
    β, σ, γ = p
    S, E, I, R = u
    N = S + E + I + R
    du[1] = -β * S * I / N
    du[2] = β * S * I / N - σ * E
    du[3] = σ * E - γ * I
    du[4] = γ * I
end

tspan = (0.0, parse(Float64, get(ARGS, findfirst(==("--tspan"), ARGS) === nothing ? 0 : findfirst(==("--tspan"), ARGS) + 1, "365")))
u0 = [9990.0, 0.0, 10.0, 0.0]
p = (0.3, 1 / 5.2, 1 / 10)
prob = ODEProblem(seir!, u0, tspan, p)
ref = solve(prob, Vern9(); reltol = 1e-14, abstol = 1e-14)
rows = DataFrame(solver = String[], median_ms = Float64[], allocs = Int[], err = Float64[])
for (name, alg) in [("Tsit5", Tsit5()), ("Vern7", Vern7()), ("Rodas5P", Rodas5P()), ("TRBDF2", TRBDF2())]
    b = @benchmark solve($prob, $alg; reltol = 1e-8, abstol = 1e-8)
    sol = solve(prob, alg; reltol = 1e-8, abstol = 1e-8)
    push!(rows, (name, median(b).time / 1e6, median(b).allocs, maximum(abs.(sol(tspan[2]) .- ref(tspan[2])))))
end
mkpath("results"); CSV.write("results/bench_seir.csv", rows); println(rows)
