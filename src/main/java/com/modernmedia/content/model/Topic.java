package com.modernmedia.content.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A subject the magazine covers; topics form a tree through their parent. */
@Entity
@Table(name = "topic")
public class Topic extends ContentEntity {

    public String slug;

    public String name;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Topic parent;
}
