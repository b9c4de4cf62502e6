rule fastp:
    input:
        r1=lambda w: SAMPLES.loc[w.sample, "fq1"],
        r2=lambda w: SAMPLES.loc[w.sample, "fq2"],
    output:
        r1="results/trim/{sample}_R1.fq.gz",
        r2="results/trim/{sample}_R2.fq.gz",
        json="results/trim/{sample}.fastp.json",
    threads: 4
    conda: "../envs/qc.yaml"
    shell:
        "fastp -i {input.r1} -I {input.r2} -o {output.r1} -O {output.r2} "
        "-j {output.json} -w {threads}"

rule bwa_mem2:
    input:
        r1="results/trim/{sample}_R1.fq.gz",
        r2="results/trim/{sample}_R2.fq.gz",
        ref=config["reference"],
    output:
        "results/bam/{sample}.bam",
    threads: 16
    conda: "../envs/align.yaml"
    shell:
        "bwa-mem2 mem -t {threads} -R '@RG\\tID:{wildcards.sample}\\tSM:{wildcards.sample}' "
        "{input.ref} {input.r1} {input.r2} | samtools sort -@4 -o {output} - && "
        "samtools index {output}"
