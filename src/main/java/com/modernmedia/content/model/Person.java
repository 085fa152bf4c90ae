package com.modernmedia.content.model;

import com.modernmedia.content.model.Image;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Someone who writes for the magazine, is quoted in it or is mentioned by it. */
@Entity
@Table(name = "person")
public class Person extends ContentEntity {

    public String slug;

    public String name;

    public String honorific;

    public String bio;

    /** The current title; an article keeps the title someone was quoted under at the time. */
    public String title;

    public String affiliation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    public Image image;
}
